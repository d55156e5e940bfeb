-- AlterTable
ALTER TABLE "Vault" ADD COLUMN     "privateWrap" TEXT,
ADD COLUMN     "publicKey" TEXT;

-- AlterTable
ALTER TABLE "Note" ADD COLUMN     "sealedBody" TEXT,
ADD COLUMN     "sealedReply" TEXT,
ALTER COLUMN "body" DROP NOT NULL;

-- CreateTable
CREATE TABLE "CoupleVault" (
    "coupleId" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoupleVault_pkey" PRIMARY KEY ("coupleId")
);

-- CreateTable
CREATE TABLE "CoupleKey" (
    "coupleId" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "wrap" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "CoupleKey_pkey" PRIMARY KEY ("coupleId","userId")
);

-- CreateIndex
CREATE INDEX "CoupleKey_userId_idx" ON "CoupleKey"("userId");

-- AddForeignKey
ALTER TABLE "CoupleVault" ADD CONSTRAINT "CoupleVault_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "Couple"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoupleKey" ADD CONSTRAINT "CoupleKey_coupleId_fkey" FOREIGN KEY ("coupleId") REFERENCES "CoupleVault"("coupleId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "CoupleKey" ADD CONSTRAINT "CoupleKey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- A note is words or sealed, never both and never neither, and sealed values are at most what the longest note (1,000) and reply (280) seal to.
ALTER TABLE "Note" ADD CONSTRAINT "db_Note_sealed_body_check" CHECK (("body" IS NULL) <> ("sealedBody" IS NULL) AND char_length("sealedBody") <= 4100);
ALTER TABLE "Note" ADD CONSTRAINT "db_Note_sealed_reply_check" CHECK ("sealedReply" IS NULL OR ("reply" IS NULL AND char_length("sealedReply") <= 1200));

-- A key pair is whole or absent.
ALTER TABLE "Vault" ADD CONSTRAINT "db_Vault_key_pair_check" CHECK (("publicKey" IS NULL) = ("privateWrap" IS NULL));
