-- Seller feedback (GET_SELLER_FEEDBACK_DATA): one row per order and feedback date. A buyer who revises the
-- feedback of an order on a later day adds a row; the same day's feedback in a later file replaces the row.
-- comments and response are free text, stored as given (escaped when displayed).

create table seller_feedback (
    account_id     bigint not null references seller_accounts (id) on delete cascade,
    order_id       varchar(40) not null,
    feedback_date  date not null,
    marketplace    varchar(2),
    rating         smallint not null,
    comments       text,
    response       text,
    rater_email    varchar(320),
    batch_id       bigint not null,
    primary key (account_id, order_id, feedback_date),
    constraint seller_feedback_rating_ck check (rating between 1 and 5)
);

create index seller_feedback_date_ix on seller_feedback (account_id, feedback_date);
