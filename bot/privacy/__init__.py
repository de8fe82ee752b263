"""A woman's data rights and the retention limit: `flask woman export|forget NUMBER`, and a
daily purge of conversation text older than RETENTION_DAYS.

Which rows are hers is found from the schema, not listed by hand (bot.privacy.rows): every table
with a foreign key to ``women``, then every table pointing at those rows, and so on. A table added
later is covered without touching this package.
"""
