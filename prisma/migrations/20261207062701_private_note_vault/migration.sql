-- AlterTable
ALTER TABLE "CheckIn" ADD COLUMN     "sealedNote" TEXT;

-- CreateTable
CREATE TABLE "Vault" (
    "userId" TEXT NOT NULL,
    "phraseWrap" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Vault_pkey" PRIMARY KEY ("userId")
);

-- CreateTable
CREATE TABLE "VaultPasskeyKey" (
    "userId" TEXT NOT NULL,
    "credentialId" TEXT NOT NULL,
    "salt" TEXT NOT NULL,
    "wrap" TEXT NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "VaultPasskeyKey_pkey" PRIMARY KEY ("userId","credentialId")
);

-- CreateIndex
CREATE INDEX "VaultPasskeyKey_credentialId_idx" ON "VaultPasskeyKey"("credentialId");

-- AddForeignKey
ALTER TABLE "Vault" ADD CONSTRAINT "Vault_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VaultPasskeyKey" ADD CONSTRAINT "VaultPasskeyKey_userId_fkey" FOREIGN KEY ("userId") REFERENCES "Vault"("userId") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "VaultPasskeyKey" ADD CONSTRAINT "VaultPasskeyKey_credentialId_fkey" FOREIGN KEY ("credentialId") REFERENCES "Passkey"("credentialId") ON DELETE CASCADE ON UPDATE CASCADE;


-- A sealed note is private and replaces the plain one (the partner can never be shown what they cannot read, and no note is kept twice), at most the size a 500-character note seals to.
ALTER TABLE "CheckIn" ADD CONSTRAINT "db_CheckIn_sealed_note_check" CHECK ("sealedNote" IS NULL OR ("note" IS NULL AND "visibility" = 'PRIVATE' AND char_length("sealedNote") <= 2800));
