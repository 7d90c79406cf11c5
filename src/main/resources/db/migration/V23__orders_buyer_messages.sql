-- Buyer messages imported from Bosun's buyer-messages template (Amazon offers no export): one row per message.
-- A later file with the same message id replaces the row, e.g. once the message has been answered.
-- subject, message_text and buyer_name are the buyer's own text, stored as given (escaped when displayed).

create table buyer_messages (
    account_id    bigint not null references seller_accounts (id) on delete cascade,
    message_id    varchar(120) not null,
    marketplace   varchar(2) not null,
    received_at   timestamp with time zone not null,
    order_id      varchar(40),
    buyer_name    varchar(200),
    subject       varchar(1000),
    message_text  text,
    answered_at   timestamp with time zone,
    answered_by   varchar(200),
    batch_id      bigint not null,
    primary key (account_id, message_id)
);

create index buyer_messages_received_ix on buyer_messages (account_id, received_at);
create index buyer_messages_order_ix on buyer_messages (account_id, order_id);
