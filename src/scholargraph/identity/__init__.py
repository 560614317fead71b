"""Who is whom: names and titles across sources resolved to one person or one work,
and the alias tables of venues and organizations."""
