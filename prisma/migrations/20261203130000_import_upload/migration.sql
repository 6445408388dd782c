-- An import uploaded in /beheer is kept with its batch between the check (dry run) and the import itself, so any app
-- server can carry it out (no file on one server's disk). Cleared once the batch is decided.
ALTER TABLE "import_batch" ADD COLUMN "file" BYTEA;
