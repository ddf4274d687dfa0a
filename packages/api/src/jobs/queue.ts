/** A job that hands one pending notification to the mailer (deliverNotification). */
export interface DeliverNotificationJob {
  notificationId: string
}

/**
 * Where requests put work that need not finish before they answer. The job worker attaches
 * pg-boss when it starts (main.ts); until then, or in a process that runs no worker (tests,
 * scripts), enqueue answers false and the caller does the work itself.
 */
export interface JobQueue {
  /** true when the job is stored in the queue */
  enqueueDelivery(job: DeliverNotificationJob): Promise<boolean>
  attach(send: (job: DeliverNotificationJob) => Promise<void>): void
  detach(): void
}

export function createJobQueue(): JobQueue {
  let send: ((job: DeliverNotificationJob) => Promise<void>) | null = null
  return {
    async enqueueDelivery(job) {
      if (!send) return false
      try {
        await send(job)
        return true
      } catch (error) {
        console.error('job queue: could not enqueue a delivery, sending in the request instead:', error)
        return false
      }
    },
    attach(next) {
      send = next
    },
    detach() {
      send = null
    },
  }
}
