-- Public pages read these history tables too: an operation's page lists its corrections
-- (operation_changes), and a withdrawn or removed release's notice is decided with its
-- status change. A write to either moves the content version, like the other public tables.
create trigger operation_changes_content_version after insert or update or delete or truncate on operation_changes
    for each statement execute function bump_content_version();
create trigger release_status_changes_content_version after insert or update or delete or truncate on release_status_changes
    for each statement execute function bump_content_version();
