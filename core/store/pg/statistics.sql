-- core/store/pg/statistics.sql — statistics kept current by the server
--
-- Copyright 2026 The Tergeu authors
-- SPDX-License-Identifier: GPL-3.0-or-later
--
-- The views, cells and triggers of schema 2 of core/store/tg-store-schema-sqlite.c:
-- monthly cells per dimension, so that a report over a million cases reads
-- a few thousand rows. The stat_key_* views hold the only spelling of each
-- grouping key: the triggers, the initial fill and the queries for partial
-- months all read them. The triggers fire where SQLite's do: a case counts
-- while it is not deleted; an update takes the old row out before it is
-- written and puts the new one in after.
--
-- Nobody but these triggers writes the cells: their functions run with the
-- rights of the schema's owner (SECURITY DEFINER, with a fixed search
-- path), and roles.sql grants no role a write on stat_cells or
-- stat_causes, nor the helpers to anyone.

CREATE VIEW stat_facts AS SELECT rowid AS case_rowid, occurred,
  CASE WHEN occurred ~ '^[0-9]{4}-[0-9]{2}' THEN substr (occurred, 1, 7) ELSE '' END AS month,
  region, employer_activity, severity, jurisdiction, n_victims, n_deaths, n_severe
  FROM cases WHERE deleted = 0;
CREATE VIEW stat_key_region AS SELECT *, region AS key FROM stat_facts;
CREATE VIEW stat_key_division AS SELECT *, CASE WHEN employer_activity ~ '^[0-9]{2}'
  THEN substr (employer_activity, 1, 2) ELSE '' END AS key FROM stat_facts;
CREATE VIEW stat_key_severity AS SELECT *, coalesce (severity, '') AS key FROM stat_facts;
CREATE VIEW stat_key_group AS SELECT *, n_victims::text AS key FROM stat_facts;
CREATE VIEW stat_key_jurisdiction AS SELECT *, coalesce (jurisdiction, '') AS key FROM stat_facts;
CREATE VIEW stat_keys AS
  SELECT 'region' AS dim, * FROM stat_key_region
  UNION ALL SELECT 'division', * FROM stat_key_division
  UNION ALL SELECT 'severity', * FROM stat_key_severity
  UNION ALL SELECT 'group', * FROM stat_key_group
  UNION ALL SELECT 'jurisdiction', * FROM stat_key_jurisdiction;
CREATE VIEW stat_cause_facts AS SELECT f.case_rowid, f.occurred, f.month, trim (i.text) AS cause
  FROM stat_facts f JOIN findings_items i ON i.case_rowid = f.case_rowid AND i.kind = 'cause';

CREATE TABLE stat_cells (
  dim text NOT NULL, month text NOT NULL, key text NOT NULL,
  cases bigint NOT NULL, victims bigint NOT NULL, deaths bigint NOT NULL, severe bigint NOT NULL,
  PRIMARY KEY (dim, month, key));
CREATE TABLE stat_causes (
  month text NOT NULL, cause text NOT NULL, cases bigint NOT NULL,
  PRIMARY KEY (month, cause));

-- Every cell made anew from the cases: the first fill, and the end of a
-- copy (`tergeu-cli copy`, tg-pg-store.c), whose rows arrive with the
-- cells deferred (tergeu_copying, schema.sql). It only ever recomputes them from the cases, so an
-- administrator may run it.
CREATE FUNCTION stat_rebuild () RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  DELETE FROM stat_cells;
  DELETE FROM stat_causes;
  INSERT INTO stat_cells SELECT dim, month, key, count (*), sum (n_victims), sum (n_deaths), sum (n_severe)
    FROM stat_keys GROUP BY dim, month, key;
  INSERT INTO stat_causes SELECT month, cause, count (*) FROM stat_cause_facts GROUP BY month, cause;
$$;
REVOKE ALL ON FUNCTION stat_rebuild () FROM PUBLIC;
SELECT stat_rebuild ();

-- Adds (@delta 1) or takes out (-1) the case at @case_id in every cell it
-- counts in. One row per cell: PostgreSQL's upsert may not touch a row
-- twice in one statement, so the rows are grouped first.
CREATE FUNCTION stat_cells_add (case_id bigint, delta bigint) RETURNS void
  LANGUAGE sql SET search_path = public, pg_temp AS $$
  INSERT INTO stat_cells (dim, month, key, cases, victims, deaths, severe)
  SELECT dim, month, key, delta * count (*), delta * sum (n_victims), delta * sum (n_deaths), delta * sum (n_severe)
    FROM stat_keys WHERE case_rowid = case_id GROUP BY dim, month, key
  ON CONFLICT (dim, month, key) DO UPDATE SET cases = stat_cells.cases + excluded.cases,
    victims = stat_cells.victims + excluded.victims, deaths = stat_cells.deaths + excluded.deaths,
    severe = stat_cells.severe + excluded.severe;
$$;

-- The causes of the case at @case_id: every one (@one_cause NULL), each as
-- often as its findings name it, or one count of the cause @one_cause, as
-- SQLite's "LIMIT 1" for a single findings item.
CREATE FUNCTION stat_causes_add (case_id bigint, one_cause text, delta bigint) RETURNS void
  LANGUAGE sql SET search_path = public, pg_temp AS $$
  INSERT INTO stat_causes (month, cause, cases)
  SELECT month, cause, delta * CASE WHEN one_cause IS NULL THEN count (*) ELSE 1 END
    FROM stat_cause_facts WHERE case_rowid = case_id AND (one_cause IS NULL OR cause = one_cause)
    GROUP BY month, cause
  ON CONFLICT (month, cause) DO UPDATE SET cases = stat_causes.cases + excluded.cases;
$$;
REVOKE ALL ON FUNCTION stat_cells_add (bigint, bigint) FROM PUBLIC;
REVOKE ALL ON FUNCTION stat_causes_add (bigint, text, bigint) FROM PUBLIC;

CREATE FUNCTION stat_case_in () RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF tergeu_copying () THEN
    RETURN NULL;
  END IF;
  PERFORM stat_cells_add (NEW.rowid, 1);
  RETURN NULL;
END
$$;
CREATE FUNCTION stat_case_out () RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM stat_cells_add (OLD.rowid, -1);
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;
CREATE FUNCTION stat_case_causes_in () RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM stat_causes_add (NEW.rowid, NULL, 1);
  RETURN NULL;
END
$$;
CREATE FUNCTION stat_case_causes_out () RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM stat_causes_add (OLD.rowid, NULL, -1);
  RETURN NEW;
END
$$;
CREATE FUNCTION stat_item_in () RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  IF tergeu_copying () THEN
    RETURN NULL;
  END IF;
  PERFORM stat_causes_add (NEW.case_rowid, trim (NEW.text), 1);
  RETURN NULL;
END
$$;
CREATE FUNCTION stat_item_out () RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
BEGIN
  PERFORM stat_causes_add (OLD.case_rowid, trim (OLD.text), -1);
  IF TG_OP = 'DELETE' THEN
    RETURN OLD;
  END IF;
  RETURN NEW;
END
$$;

-- Whether an update changes what a case counts for (SQLite's STAT_CHANGED).
CREATE FUNCTION stat_counted_changed (o cases, n cases) RETURNS boolean
  LANGUAGE sql IMMUTABLE SET search_path = public, pg_temp AS $$
  SELECT (o.deleted, o.occurred, o.region, o.employer_activity, o.severity, o.jurisdiction,
          o.n_victims, o.n_deaths, o.n_severe)
    IS DISTINCT FROM (n.deleted, n.occurred, n.region, n.employer_activity, n.severity, n.jurisdiction,
                      n.n_victims, n.n_deaths, n.n_severe);
$$;

CREATE TRIGGER stat_cases_insert AFTER INSERT ON cases
  FOR EACH ROW WHEN (NEW.deleted = 0) EXECUTE FUNCTION stat_case_in ();
CREATE TRIGGER stat_cases_delete BEFORE DELETE ON cases
  FOR EACH ROW WHEN (OLD.deleted = 0) EXECUTE FUNCTION stat_case_out ();
CREATE TRIGGER stat_cases_update_out BEFORE UPDATE ON cases
  FOR EACH ROW WHEN (OLD.deleted = 0 AND stat_counted_changed (OLD, NEW))
  EXECUTE FUNCTION stat_case_out ();
CREATE TRIGGER stat_cases_update_in AFTER UPDATE ON cases
  FOR EACH ROW WHEN (NEW.deleted = 0 AND stat_counted_changed (OLD, NEW))
  EXECUTE FUNCTION stat_case_in ();
CREATE TRIGGER stat_causes_case_out BEFORE UPDATE ON cases
  FOR EACH ROW WHEN (OLD.deleted = 0
    AND (OLD.deleted IS DISTINCT FROM NEW.deleted OR OLD.occurred IS DISTINCT FROM NEW.occurred))
  EXECUTE FUNCTION stat_case_causes_out ();
CREATE TRIGGER stat_causes_case_in AFTER UPDATE ON cases
  FOR EACH ROW WHEN (NEW.deleted = 0
    AND (OLD.deleted IS DISTINCT FROM NEW.deleted OR OLD.occurred IS DISTINCT FROM NEW.occurred))
  EXECUTE FUNCTION stat_case_causes_in ();
CREATE TRIGGER stat_causes_item_insert AFTER INSERT ON findings_items
  FOR EACH ROW WHEN (NEW.kind = 'cause') EXECUTE FUNCTION stat_item_in ();
CREATE TRIGGER stat_causes_item_delete BEFORE DELETE ON findings_items
  FOR EACH ROW WHEN (OLD.kind = 'cause') EXECUTE FUNCTION stat_item_out ();
CREATE TRIGGER stat_causes_item_update_out BEFORE UPDATE ON findings_items
  FOR EACH ROW WHEN (OLD.kind = 'cause') EXECUTE FUNCTION stat_item_out ();
CREATE TRIGGER stat_causes_item_update_in AFTER UPDATE ON findings_items
  FOR EACH ROW WHEN (NEW.kind = 'cause') EXECUTE FUNCTION stat_item_in ();
