-- Session cache invalidation (packages/api/src/auth/session-cache.ts). Every API process on a
-- server caches the sessions it validated and LISTENs on medbook_sessions; these triggers tell
-- it, at commit, which session ended (`s:` + id) or whose account changed (`u:` + user id) in
-- anything a request's SessionUser is built from: the user's role, status, contact and name,
-- their doctor or hospital row and its status, their patient row. Bulk seeding skips them.

CREATE FUNCTION "medbook_session_ended"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('medbook.seeding', true), '') <> 'on' THEN
    PERFORM pg_notify('medbook_sessions', 's:' || OLD."id");
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "sessions_cache_invalidation" AFTER DELETE ON "sessions"
  FOR EACH ROW EXECUTE FUNCTION "medbook_session_ended"();

-- TG_ARGV[0] names the column holding the user id (users: "id"; the others: "userId")
CREATE FUNCTION "medbook_session_user_changed"() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
  IF coalesce(current_setting('medbook.seeding', true), '') = 'on' THEN
    RETURN NULL;
  END IF;
  IF TG_OP <> 'INSERT' THEN
    PERFORM pg_notify('medbook_sessions', 'u:' || (to_jsonb(OLD) ->> TG_ARGV[0]));
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM pg_notify('medbook_sessions', 'u:' || (to_jsonb(NEW) ->> TG_ARGV[0]));
  END IF;
  RETURN NULL;
END
$$;

CREATE TRIGGER "users_session_cache_invalidation"
  AFTER UPDATE OF "role", "status", "email", "phoneNumber", "firstName", "lastName", "profilePicture", "verificationStatus"
  ON "users" FOR EACH ROW EXECUTE FUNCTION "medbook_session_user_changed"('id');

CREATE TRIGGER "doctors_session_cache_invalidation"
  AFTER INSERT OR DELETE OR UPDATE OF "userId", "hospitalId", "status"
  ON "doctors" FOR EACH ROW EXECUTE FUNCTION "medbook_session_user_changed"('userId');

CREATE TRIGGER "hospitals_session_cache_invalidation"
  AFTER INSERT OR DELETE OR UPDATE OF "userId", "status"
  ON "hospitals" FOR EACH ROW EXECUTE FUNCTION "medbook_session_user_changed"('userId');

CREATE TRIGGER "patients_session_cache_invalidation"
  AFTER INSERT OR DELETE OR UPDATE OF "userId"
  ON "patients" FOR EACH ROW EXECUTE FUNCTION "medbook_session_user_changed"('userId');
