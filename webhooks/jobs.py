"""The webhook jobs: planning (every few seconds, from the changes feed) and sending each
delivery (retried with backoff by the queue, then marked failed)."""

from datetime import timedelta

from core.jobs import enqueue, job, periodic
from webhooks import services
from webhooks.models import Delivery, DeliveryStatus

# Retries spread over about a day: 1, 2, 4 … 64 minutes, then hourly (JOBS_MAX_BACKOFF_SECONDS).
DELIVERY_RETRIES = 12
DELIVERY_BACKOFF = timedelta(minutes=1)


@periodic(every=timedelta(seconds=10))
@job(retries=1, time_limit=timedelta(minutes=2))
def plan_webhook_deliveries() -> int:
    """Every ten seconds: a delivery for each new event a subscriber asked for, each sent by its
    own job (keyed by the delivery, so planning twice sends once)."""
    planned = services.deliveries_plan()
    for delivery in planned:
        if delivery.status == DeliveryStatus.PENDING:
            enqueue(send_webhook, key=f"webhook:{delivery.pk}", delivery_id=delivery.pk)
    return len(planned)


@job(retries=DELIVERY_RETRIES, backoff=DELIVERY_BACKOFF, time_limit=timedelta(minutes=1))
def send_webhook(delivery_id: int) -> None:
    delivery = Delivery.objects.filter(pk=delivery_id).first()
    if delivery is None:
        return  # its subscriber was deleted since
    try:
        services.delivery_send(delivery=delivery)
    except services.DeliveryError as exc:
        delivery.refresh_from_db()
        if delivery.attempts > DELIVERY_RETRIES:
            services.delivery_give_up(delivery_id=delivery_id, error=str(exc))
            return
        raise
