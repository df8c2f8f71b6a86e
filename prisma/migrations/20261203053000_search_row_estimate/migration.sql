-- The planner's row estimate for a query whose only parameter ($1) is the reader's words: search
-- labels very common words' totals "about N" from it instead of counting tens of thousands of matches.
-- EXPLAIN without ANALYZE plans the query and runs nothing; the text comes from the application's own
-- constants (the words travel as the bound parameter), and EXECUTE … USING accepts a single statement.
CREATE FUNCTION faultline_row_estimate(query text, words text) RETURNS bigint
LANGUAGE plpgsql VOLATILE AS $$
DECLARE
  plan json;
BEGIN
  EXECUTE 'EXPLAIN (FORMAT JSON) ' || query INTO plan USING words;
  RETURN (plan -> 0 -> 'Plan' ->> 'Plan Rows')::numeric::bigint;
END
$$;
