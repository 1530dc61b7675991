"""Claims' periodic jobs (found by the scheduler, core.jobs.schedules)."""

from datetime import timedelta

from claims.services.recheck import sources_recheck
from core.jobs import job, periodic


@periodic(every=timedelta(hours=1))
@job(retries=1, time_limit=timedelta(minutes=50))
def recheck_cited_sources() -> int:
    """Hourly: re-fetch the cited URL sources that are due (each TALLY_RECHECK_EVERY_HOURS after
    its last re-fetch, politely per host) and re-check their quotes. The time limit is under the
    period, so two runs never overlap."""
    return sum(sources_recheck().outcomes.values())
