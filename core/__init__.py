"""Infrastructure that knows no claims: the content generation behind cached answers, health
checks, the database-outage middleware, the replica router and the login audit log."""
