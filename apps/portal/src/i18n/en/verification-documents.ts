import type { verificationDocumentsVi } from '../vi/verification-documents'

export const verificationDocumentsEn: typeof verificationDocumentsVi = {
  title: 'Verification documents',
  descriptionDoctor:
    'Upload your practising licence, degrees and related papers. Only MedBook administrators and you can see these files.',
  descriptionHospital:
    'Upload the hospital’s operating licence, business registration and related papers. Only MedBook administrators and the hospital’s staff can see these files.',
  status: {
    title: 'Verification status',
    pending: 'Waiting for review',
    pendingDescription:
      'An administrator will check the documents and email you the decision. You can add or delete documents while you wait.',
    approved: 'Approved',
    approvedDescription: 'The application is verified. Documents are kept for reference and cannot be deleted.',
    rejected: 'Not approved',
    rejectedDescription: 'The reason was sent by email. Contact MedBook if you need to add to the application.',
  },
  upload: {
    title: 'Upload a document',
    label: 'Choose a file',
    rules: 'PDF, JPEG or PNG, up to {{megabytes}} MB each, {{count}} files at most.',
    choose: 'Choose a file to upload',
    uploading: 'Uploading {{name}}…',
    progress: 'Upload progress',
    done: '{{name}} uploaded.',
    wrongType: 'Only PDF, JPEG and PNG files are accepted.',
    tooLarge: 'The file is larger than {{megabytes}} MB. Choose a smaller one.',
    limitReached: 'You have uploaded {{count}} files. Delete one to upload another.',
  },
  list: {
    title: 'Uploaded documents',
    empty: 'No documents yet. Upload at least one so an administrator can review the application sooner.',
    meta: '{{type}} · {{size}} · uploaded {{date}}',
    newTab: '(opens in a new tab)',
    delete: 'Delete {{name}}',
    deleteTitle: 'Delete {{name}}?',
    deleteDescription: 'The file is removed from the application and administrators can no longer see it.',
    deleteConfirm: 'Delete file',
    deleted: '{{name}} deleted.',
    deleteLocked: 'Documents can be deleted only while the application is waiting for review.',
  },
  errorTitle: 'Could not load the documents',
}
