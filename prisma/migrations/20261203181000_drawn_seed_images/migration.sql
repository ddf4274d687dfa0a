-- Earlier seeds pointed their pictures at files that never existed ("/images/avatars/doctor-3.jpg",
-- "/images/hospitals/h-01-2.jpg"). The server now draws the demo pictures from their URL
-- (apps/api/src/drawn-images): this points rows seeded before at the drawn URLs.

UPDATE "users"
   SET "profilePicture" = regexp_replace("profilePicture", '\.jpg$', '') || '-'
         || upper(left("lastName", 1) || left(regexp_replace(btrim("firstName"), '^.*\s', ''), 1)) || '.svg'
 WHERE "profilePicture" ~ '^/images/avatars/[a-z]+-[0-9]+\.jpg$';

UPDATE "hospitals"
   SET "images" = ARRAY(
         SELECT regexp_replace(entry.image, '^(/images/hospitals/h-[0-9]+(-[0-9])?)\.jpg$', '\1.svg')
           FROM unnest("images") WITH ORDINALITY AS entry(image, position)
          ORDER BY entry.position)
 WHERE EXISTS (SELECT 1 FROM unnest("images") AS image WHERE image ~ '^/images/hospitals/h-[0-9]+(-[0-9])?\.jpg$');
