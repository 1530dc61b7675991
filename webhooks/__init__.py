"""Webhooks: subscribers told of every publication, correction and retraction, by signed POSTs."""
