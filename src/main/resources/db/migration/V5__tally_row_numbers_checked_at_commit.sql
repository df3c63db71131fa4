-- Removing a row renumbers the rows after it, so that an operation's results always read
-- "rows 1 to n". Moving row 4 to 3 and row 3 to 2 in one transaction passes through states
-- where two rows briefly share a number, so uniqueness is checked when the transaction commits.
alter table tally_rows drop constraint tally_rows_position;
alter table tally_rows add constraint tally_rows_position unique (operation_id, position)
    deferrable initially deferred;
