-- Doctor search matches names without their Vietnamese diacritics ("nguyen van an" finds
-- "Nguyễn Văn An"). PostgreSQL's own unaccent dictionary does the folding.
CREATE EXTENSION IF NOT EXISTS unaccent;
