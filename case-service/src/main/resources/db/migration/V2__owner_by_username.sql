-- The owning physician is keyed by realm username (docs/decisions/0005); the subject is only
-- known when the physician created the request, not when an integrator did.
alter table ea_case alter column physician_id drop not null;
create index ea_case_physician_username on ea_case (physician_username);
