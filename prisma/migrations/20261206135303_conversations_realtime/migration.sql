-- AlterTable
ALTER TABLE "conversations" ADD COLUMN     "appointmentId" UUID,
ADD COLUMN     "assignedToId" UUID,
ADD COLUMN     "hospitalId" UUID;

-- AlterTable
ALTER TABLE "conversation_participants" ADD COLUMN     "lastReadAt" TIMESTAMPTZ(3),
ADD COLUMN     "leftAt" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "messages" ADD COLUMN     "clientMessageId" UUID;

-- CreateTable
CREATE TABLE "message_files" (
    "id" UUID NOT NULL,
    "uploadedById" UUID NOT NULL,
    "messageId" UUID,
    "fileName" TEXT NOT NULL,
    "mimeType" TEXT NOT NULL,
    "size" INTEGER NOT NULL,
    "storedName" TEXT NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "message_files_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notification_preferences" (
    "userId" UUID NOT NULL,
    "type" "NotificationType" NOT NULL,
    "inApp" BOOLEAN NOT NULL,
    "email" BOOLEAN NOT NULL,
    "sms" BOOLEAN NOT NULL,
    "updatedAt" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "notification_preferences_pkey" PRIMARY KEY ("userId","type")
);

-- CreateTable
CREATE TABLE "user_events" (
    "userId" UUID NOT NULL,
    "seq" BIGINT NOT NULL,
    "kind" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "createdAt" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_events_pkey" PRIMARY KEY ("userId","seq")
);

-- CreateTable
CREATE TABLE "user_event_counters" (
    "userId" UUID NOT NULL,
    "seq" BIGINT NOT NULL,

    CONSTRAINT "user_event_counters_pkey" PRIMARY KEY ("userId")
);

-- CreateIndex
CREATE UNIQUE INDEX "message_files_storedName_key" ON "message_files"("storedName");

-- CreateIndex
CREATE INDEX "message_files_uploadedById_createdAt_idx" ON "message_files"("uploadedById", "createdAt");

-- CreateIndex
CREATE INDEX "message_files_messageId_idx" ON "message_files"("messageId");

-- CreateIndex
CREATE INDEX "user_events_createdAt_idx" ON "user_events"("createdAt");

-- CreateIndex
CREATE INDEX "conversations_hospitalId_updatedAt_idx" ON "conversations"("hospitalId", "updatedAt");

-- CreateIndex
CREATE INDEX "conversations_appointmentId_idx" ON "conversations"("appointmentId");

-- CreateIndex
CREATE UNIQUE INDEX "messages_senderId_clientMessageId_key" ON "messages"("senderId", "clientMessageId");

-- AddForeignKey
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_hospitalId_fkey" FOREIGN KEY ("hospitalId") REFERENCES "hospitals"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_appointmentId_fkey" FOREIGN KEY ("appointmentId") REFERENCES "appointments"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "conversations" ADD CONSTRAINT "conversations_assignedToId_fkey" FOREIGN KEY ("assignedToId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message_files" ADD CONSTRAINT "message_files_uploadedById_fkey" FOREIGN KEY ("uploadedById") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "message_files" ADD CONSTRAINT "message_files_messageId_fkey" FOREIGN KEY ("messageId") REFERENCES "messages"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notification_preferences" ADD CONSTRAINT "notification_preferences_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_events" ADD CONSTRAINT "user_events_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Hand-written (listed in packages/db/src/migrations/hand-written.ts)

-- a message is bounded text; an attachment-only message has empty content
ALTER TABLE "messages" ADD CONSTRAINT "messages_content_check" CHECK (char_length("content") <= 4000);
ALTER TABLE "message_files" ADD CONSTRAINT "message_files_size_check"
  CHECK ("size" > 0 AND "size" <= 10485760 AND char_length("fileName") BETWEEN 1 AND 255);
ALTER TABLE "user_event_counters" ADD CONSTRAINT "user_event_counters_userId_fkey"
  FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE;

-- Gives each recipient the next number of their own event sequence and wakes every API
-- process listening on "medbook_events" when the transaction commits. Recipients are locked
-- in one order (sorted), so two transactions emitting to the same people cannot deadlock, and a
-- user's numbers commit in the order they were given.
CREATE FUNCTION "medbook_emit"(recipients uuid[], event_kind text, event_payload jsonb) RETURNS void
LANGUAGE plpgsql AS $$
DECLARE
  recipient uuid;
  next_seq bigint;
BEGIN
  FOR recipient IN SELECT DISTINCT r FROM unnest(recipients) AS r WHERE r IS NOT NULL ORDER BY r LOOP
    INSERT INTO "user_event_counters" AS c ("userId", "seq") VALUES (recipient, 1)
      ON CONFLICT ("userId") DO UPDATE SET "seq" = c."seq" + 1
      RETURNING c."seq" INTO next_seq;
    INSERT INTO "user_events" ("userId", "seq", "kind", "payload") VALUES (recipient, next_seq, event_kind, event_payload);
    PERFORM pg_notify('medbook_events', recipient::text);
  END LOOP;
END
$$;

-- Every notification, whoever writes it, reaches its recipient's live stream (the bell).
-- The demo seed sets medbook.seeding so that bulk loading writes no events.
CREATE FUNCTION "medbook_notification_event"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('medbook.seeding', true), '') <> 'on' THEN
    PERFORM "medbook_emit"(ARRAY[NEW."recipientId"], 'notification', jsonb_build_object('notificationId', NEW."id"));
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "notifications_live_event" AFTER INSERT ON "notifications"
  FOR EACH ROW EXECUTE FUNCTION "medbook_notification_event"();
