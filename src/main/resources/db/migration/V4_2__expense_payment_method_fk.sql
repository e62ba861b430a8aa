-- An expense's payment method is one of its owner's payment methods (the service checks that); the
-- foreign key keeps the reference from dangling. Deleting a payment method keeps its expenses and
-- clears their payment method: what was spent stays recorded, only how it was paid is forgotten.
-- expenses_payment_method_idx (V4_1) serves the check this delete runs.
alter table expenses
    add constraint expenses_payment_method_id_fkey
        foreign key (payment_method_id) references payment_methods (id) on delete set null;
