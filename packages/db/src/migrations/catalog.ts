import type pg from 'pg'

/**
 * Every object of the public schema as one comparable line: enums with their labels,
 * columns with type, nullability and default, constraints, indexes, functions and
 * triggers with their full definitions. Two databases with the same lines have the same schema.
 */
export async function describeCatalog(pool: pg.Pool): Promise<Map<string, string>> {
  const { rows } = await pool.query<{ key: string; definition: string }>(`
    SELECT 'enum ' || t.typname AS key, string_agg(e.enumlabel, ',' ORDER BY e.enumsortorder) AS definition
      FROM pg_type t JOIN pg_enum e ON e.enumtypid = t.oid JOIN pg_namespace n ON n.oid = t.typnamespace
     WHERE n.nspname = 'public' GROUP BY t.typname
    UNION ALL
    SELECT 'column ' || c.relname || '.' || a.attname,
           format_type(a.atttypid, a.atttypmod) || CASE WHEN a.attnotnull THEN ' not null' ELSE '' END
             || coalesce(' default ' || pg_get_expr(d.adbin, d.adrelid), '')
      FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
     WHERE n.nspname = 'public' AND c.relkind = 'r' AND a.attnum > 0 AND NOT a.attisdropped
       AND c.relname <> '_prisma_migrations'
    UNION ALL
    SELECT 'constraint ' || c.relname || '.' || con.conname, pg_get_constraintdef(con.oid)
      FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND c.relname <> '_prisma_migrations'
    UNION ALL
    SELECT 'index ' || i.indexname, i.indexdef
      FROM pg_indexes i
     WHERE i.schemaname = 'public' AND i.tablename <> '_prisma_migrations'
    UNION ALL
    SELECT 'function ' || p.proname, pg_get_functiondef(p.oid)
      FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = 'public'
       AND NOT EXISTS (SELECT 1 FROM pg_depend dep WHERE dep.objid = p.oid AND dep.deptype = 'e')
    UNION ALL
    SELECT 'trigger ' || c.relname || '.' || t.tgname, pg_get_triggerdef(t.oid)
      FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace
     WHERE n.nspname = 'public' AND NOT t.tgisinternal
  `)
  return new Map(rows.map((row) => [row.key, row.definition]))
}
