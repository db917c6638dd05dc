-- A document changed in place (by hand, with psql) gets a new change
-- number too, so that replicas read its new text.
CREATE FUNCTION documents_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    NEW.change := nextval('documents_change');
    RETURN NEW;
END $$;

CREATE TRIGGER documents_change BEFORE UPDATE ON documents
    FOR EACH ROW EXECUTE FUNCTION documents_change();
