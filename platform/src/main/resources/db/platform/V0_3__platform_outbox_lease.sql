-- The outbox relay claims rows with a lease instead of holding their locks while it sends, so no
-- transaction stays open across a Kafka round trip (platform Worker, the same for e-mail and webhooks).
alter table outbox_event add column claimed_until timestamptz;
alter table outbox_event add column claim_token uuid;
