-- CreateTable
CREATE TABLE "worker_request" (
    "user_id" TEXT NOT NULL,
    "organisation" TEXT NOT NULL,
    "status" "ChangeStatus" NOT NULL DEFAULT 'pending',
    "reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "decided_by" TEXT,
    "decided_at" TIMESTAMPTZ(3),

    CONSTRAINT "worker_request_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "saved_list" (
    "id" UUID NOT NULL DEFAULT gen_random_uuid(),
    "user_id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "services" UUID[],
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "saved_list_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "worker_request_status_created_at_idx" ON "worker_request"("status", "created_at");

-- CreateIndex
CREATE INDEX "saved_list_user_id_updated_at_idx" ON "saved_list"("user_id", "updated_at");

-- AddForeignKey
ALTER TABLE "worker_request" ADD CONSTRAINT "worker_request_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "saved_list" ADD CONSTRAINT "saved_list_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "app_user"("id") ON DELETE CASCADE ON UPDATE CASCADE;
