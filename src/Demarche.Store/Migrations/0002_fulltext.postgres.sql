-- Full-text search over document titles and texts (PostgreSQL): a stored tsvector (title weighted above the
-- text) with a GIN index. The text is cut at 250,000 characters so that no document exceeds the 1 MB a
-- tsvector may hold.
ALTER TABLE documents ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('english'::regconfig, coalesce(title, '')), 'A')
    || setweight(to_tsvector('english'::regconfig, left(text, 250000)), 'B')) STORED;
CREATE INDEX documents_search ON documents USING gin (search);
