-- Coverage added with `dealbot add` or from feeds: one row a document,
-- its file as the corpus folder would keep it (front matter and body).
CREATE SEQUENCE documents_change;

CREATE TABLE documents (
    team_id  text NOT NULL,          -- Slack team id; '' for a database that serves one workspace
    id       text NOT NULL,          -- the document id (front matter), also its file name
    url      text NOT NULL DEFAULT '',
    content  text NOT NULL,          -- Markdown with front matter, as corpus.Document.Markdown writes it
    added_at timestamptz NOT NULL DEFAULT now(),
    change   bigint NOT NULL DEFAULT nextval('documents_change'), -- rises with every write
    PRIMARY KEY (team_id, id)
);

CREATE INDEX documents_url ON documents (team_id, url);

-- Every write, also one made by hand with psql, tells the replicas to
-- bring their index in step (LISTEN dealbot_documents).
CREATE FUNCTION documents_notify() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    PERFORM pg_notify('dealbot_documents', '');
    RETURN NULL;
END $$;

CREATE TRIGGER documents_notify AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON documents
    FOR EACH STATEMENT EXECUTE FUNCTION documents_notify();
