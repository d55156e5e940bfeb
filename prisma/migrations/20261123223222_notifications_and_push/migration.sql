-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('CHECKIN_REMINDER', 'WEEKLY_DIGEST', 'NOTE_RECEIVED', 'CHECKIN_RESPONSE', 'INVITE_ACCEPTED', 'PARTNER_LEFT', 'INVITATION', 'PUSH_TEST');

-- CreateEnum
CREATE TYPE "Channel" AS ENUM ('EMAIL', 'PUSH');

-- CreateEnum
CREATE TYPE "ChannelChoice" AS ENUM ('PUSH', 'EMAIL', 'BOTH', 'OFF');

-- AlterTable
ALTER TABLE "User" ADD COLUMN     "quietEnd" INTEGER,
ADD COLUMN     "quietStart" INTEGER;

-- AlterTable
ALTER TABLE "CheckIn" ADD COLUMN     "clientId" TEXT;

-- CreateTable
CREATE TABLE "NotificationPreference" (
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "channels" "ChannelChoice" NOT NULL,

    CONSTRAINT "NotificationPreference_pkey" PRIMARY KEY ("userId","kind")
);

-- CreateTable
CREATE TABLE "PushDevice" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "endpoint" TEXT NOT NULL,
    "p256dh" TEXT NOT NULL,
    "auth" TEXT NOT NULL,
    "label" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "lastSeenAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "PushDevice_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Delivery" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "channel" "Channel" NOT NULL,
    "target" TEXT NOT NULL,
    "periodKey" TEXT NOT NULL,
    "dueAt" TIMESTAMP(3) NOT NULL,
    "status" "DeliveryStatus" NOT NULL DEFAULT 'PENDING',
    "leaseUntil" TIMESTAMP(3),
    "leaseToken" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "nextAttemptAt" TIMESTAMP(3),
    "lastError" TEXT,
    "providerId" TEXT,
    "sentAt" TIMESTAMP(3),
    "noteId" TEXT,
    "deviceId" TEXT,
    "context" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Delivery_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "PushDevice_endpoint_key" ON "PushDevice"("endpoint");

-- CreateIndex
CREATE INDEX "PushDevice_userId_idx" ON "PushDevice"("userId");

-- CreateIndex
CREATE INDEX "Delivery_status_dueAt_idx" ON "Delivery"("status", "dueAt");

-- CreateIndex
CREATE UNIQUE INDEX "Delivery_userId_kind_periodKey_target_key" ON "Delivery"("userId", "kind", "periodKey", "target");

-- CreateIndex
CREATE UNIQUE INDEX "CheckIn_authorId_clientId_key" ON "CheckIn"("authorId", "clientId");

-- AddForeignKey
ALTER TABLE "NotificationPreference" ADD CONSTRAINT "NotificationPreference_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "PushDevice" ADD CONSTRAINT "PushDevice_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_noteId_fkey" FOREIGN KEY ("noteId") REFERENCES "Note"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Delivery" ADD CONSTRAINT "Delivery_deviceId_fkey" FOREIGN KEY ("deviceId") REFERENCES "PushDevice"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Nothing lost: every email delivery so far becomes a delivery to the person's
-- address, and "no emails about notes" becomes "notes by push only".
INSERT INTO "Delivery" ("id", "userId", "kind", "channel", "target", "periodKey", "dueAt", "status", "leaseUntil", "leaseToken",
                        "attempts", "nextAttemptAt", "lastError", "providerId", "sentAt", "noteId", "createdAt", "updatedAt")
SELECT "id", "userId", "kind"::text::"NotificationKind", 'EMAIL', 'email', "periodKey", "dueAt", "status", "leaseUntil", "leaseToken",
       "attempts", "nextAttemptAt", "lastError", "providerId", "sentAt", "noteId", "createdAt", "updatedAt"
  FROM "EmailDelivery";

INSERT INTO "NotificationPreference" ("userId", "kind", "channels")
SELECT "id", 'NOTE_RECEIVED', 'PUSH' FROM "User" WHERE NOT "noteEmails";

DROP TABLE "EmailDelivery";
DROP TYPE "EmailKind";
ALTER TABLE "User" DROP COLUMN "noteEmails";
