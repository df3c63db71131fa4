-- A release's lead image, with the words that go with it. Alt text is required with an image.
alter table releases
    add column lead_image_id      bigint references images (id),
    add column lead_image_alt     varchar(300),
    add column lead_image_caption varchar(500),
    add column lead_image_credit  varchar(200);
alter table releases add constraint releases_lead_image_described
    check (lead_image_id is null or (lead_image_alt is not null and lead_image_alt <> ''));
create index releases_lead_image on releases (lead_image_id);
