import type { schemaFormVi, settingsVi } from '../vi/settings'

export const settingsEn: typeof settingsVi = {
  title: 'System settings',
  description:
    'Booking, reminder and holiday rules for all of MedBook. Each setting is saved on its own and recorded in the activity log.',
  groups: {
    booking: 'Booking',
    payments: 'Payments',
    reviews: 'Reviews',
    reminders: 'Reminders',
    calendar: 'Holidays',
    other: 'Other',
  },
  keys: {
    booking: {
      horizonDays: {
        label: 'Booking horizon',
        description: 'How many days ahead patients can book.',
      },
      minimumNoticeMinutes: {
        label: 'Minimum notice',
        description: 'The earliest slot that can be booked, counted from now.',
      },
      cancellationCutoffHours: {
        label: 'Cancellation cutoff',
        description: 'Patients cannot cancel or reschedule later than this many hours before the visit.',
      },
      prepaymentRequired: {
        label: 'Require payment in advance',
        description: 'Bookings wait for payment and are released if not paid in time.',
      },
      holdMinutes: {
        label: 'Payment hold',
        description: 'How long an unpaid booking keeps its slot.',
      },
      waitlistClaimMinutes: {
        label: 'Waitlist hold',
        description: 'How long a freed slot stays reserved for the first patient on the waitlist.',
      },
    },
    payments: {
      prepayOnlineConsultations: {
        label: 'Prepaid online consultations',
        description: 'Online consultations wait for payment and are released if not paid in time.',
      },
      refundPolicy: {
        label: 'Refund policy',
        description:
          'The share refunded when a patient cancels, by hours before the visit (later than every tier, or a no-show: nothing); cancellations by the doctor, hospital or system get their own share.',
      },
      reconcileAfterMinutes: {
        label: 'Reconcile after',
        description: 'Online payments still pending after this many minutes are asked about at the gateway.',
      },
      bankTransferAccount: {
        label: 'Bank transfer account',
        description: 'The account patients transfer to (VietQR); transfers are matched by their reference.',
      },
    },
    reviews: {
      windowDays: {
        label: 'Review window',
        description: 'How many days after a completed visit the patient can review it.',
      },
      requireApproval: {
        label: 'Approve before publishing',
        description: 'Reviews are published only after an administrator approves them.',
      },
      autoApproveWithoutComment: {
        label: 'Publish ratings without a comment at once',
        description: 'A star rating with no comment has nothing to moderate, so it is published straight away.',
      },
    },
    reminders: {
      offsetsMinutes: {
        label: 'Reminder times',
        description: 'How many minutes before the visit each reminder goes out (1440 minutes = 1 day).',
      },
    },
    calendar: {
      publicHolidays: {
        label: 'Public holidays',
        description: 'No hospital takes bookings on these days (Tết, Hùng Kings, 30/4, 1/5, 2/9…).',
      },
    },
  },
  units: {
    booking: {
      horizonDays: 'days',
      minimumNoticeMinutes: 'minutes',
      cancellationCutoffHours: 'hours',
      holdMinutes: 'minutes',
      waitlistClaimMinutes: 'minutes',
    },
    payments: {
      reconcileAfterMinutes: 'minutes',
    },
    reviews: {
      windowDays: 'days',
    },
    reminders: {
      offsetsMinutes: 'minutes',
    },
  },
  fields: {
    tiers: 'Refund tiers',
    minHoursBefore: 'Cancelled at least (hours before)',
    percent: 'Refunded (%)',
    providerCancellationPercent: 'Refunded when the doctor, hospital or system cancels (%)',
    bankBin: 'Bank BIN (NAPAS)',
    bankName: 'Bank name',
    accountNumber: 'Account number',
    accountName: 'Account holder',
  },
  items: {
    reminders: {
      offsetsMinutes: 'Reminder {{number}}',
    },
    calendar: {
      publicHolidays: 'Holiday {{number}}',
    },
  },
  code: 'Key: {{key}}',
  defaultValue: 'Default: {{value}}',
  usingDefault: 'Using the default value.',
  updated: 'Last changed by {{name}}, {{time}}.',
  updatedNoName: 'Last changed {{time}}.',
  save: 'Save',
  saved: '“{{label}}” saved.',
  undo: 'Undo changes',
  useDefault: 'Use default',
  serverRejected: 'The server did not accept this value. Check the allowed limits.',
  yes: 'Yes',
  no: 'No',
  errorTitle: 'Could not load the settings',
  emptyTitle: 'No settings yet',
}

export const schemaFormEn: typeof schemaFormVi = {
  rangeBoth: 'From {{min}} to {{max}}',
  rangeMin: 'At least {{min}}',
  rangeMax: 'At most {{max}}',
  maxItems_one: 'Up to {{count}} item',
  maxItems_other: 'Up to {{count}} items',
  item: 'Item {{number}}',
  add: 'Add',
  remove: 'Remove {{item}}',
  noItems: 'The list is empty.',
  jsonHint: 'Enter as JSON',
  errors: {
    required: 'Please fill this in.',
    integer: 'Enter a whole number.',
    number: 'Enter a number.',
    min: 'The smallest allowed value is {{min}}.',
    max: 'The largest allowed value is {{max}}.',
    step: 'The value must be a multiple of {{step}}.',
    tooFewItems_one: 'Add at least {{count}} item.',
    tooFewItems_other: 'Add at least {{count}} items.',
    tooManyItems_one: 'At most {{count}} item.',
    tooManyItems_other: 'At most {{count}} items.',
    tooShort_one: 'Use at least {{count}} character.',
    tooShort_other: 'Use at least {{count}} characters.',
    tooLong_one: 'Use at most {{count}} character.',
    tooLong_other: 'Use at most {{count}} characters.',
    format: 'This is not in the expected format.',
    option: 'Choose one of the listed values.',
    json: 'This is not valid JSON.',
    invalid: 'This value is not valid.',
  },
}
