-- Embargo links live in embargo_links since V75, which carried any token over as a hash and
-- emptied this column. Nothing reads or writes it any more.
alter table releases drop column preview_token;
