-- Raw-SQL baselines: roughly what the GraphQL scenarios ask of PostgreSQL, written by hand.
\timing on
-- payroll: 1000 employees with their unit
SELECT e.employee_number, e.given_name, e.family_name, e.status, e.updated_at, u.code
FROM employees e JOIN organisation_units u ON u.id = e.organisation_unit_id ORDER BY e.employee_number, e.id LIMIT 1001;
-- nested: 50 employees, then their assessments with competence names
WITH page AS (SELECT e.id, e.employee_number, u.name FROM employees e JOIN organisation_units u ON u.id = e.organisation_unit_id ORDER BY e.id LIMIT 51)
SELECT a.employee_id, a.level, c.name_sv FROM competence_assessments a JOIN competences c ON c.id = a.competence_id
WHERE a.employee_id IN (SELECT id FROM page) ORDER BY a.employee_id, a.assessed_at DESC, a.id;
-- catalogue search
SELECT code, name_sv FROM competences WHERE unaccent(name_sv) ILIKE unaccent('%pedagog%') OR code ILIKE '%pedagog%' ORDER BY id LIMIT 21;
