-- Set when case-service reports the case decided (approved or declined): no more amendments.
alter table request add column decided_at timestamptz;
