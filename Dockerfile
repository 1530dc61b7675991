# Tally's app server: gunicorn serving Django, static files by whitenoise.
FROM python:3.11-slim-bookworm

ENV PYTHONDONTWRITEBYTECODE=1 \
    PYTHONUNBUFFERED=1 \
    PIP_NO_CACHE_DIR=1

RUN apt-get update \
    && apt-get install -y --no-install-recommends postgresql-client \
    && rm -rf /var/lib/apt/lists/* \
    && useradd --create-home --uid 10001 tally

WORKDIR /app
COPY pyproject.toml README.md ./
COPY config ./config
COPY claims ./claims
COPY sources ./sources
COPY templates ./templates
COPY manage.py ./
RUN pip install .  \
    && SECRET_KEY=build-only-collectstatic python manage.py collectstatic --noinput

USER tally
EXPOSE 8000
# Migrations run once per deploy (the compose file's "migrate" service), not per app server.
CMD ["gunicorn", "config.wsgi:application", "--bind", "0.0.0.0:8000", "--workers", "4", "--access-logfile", "-"]
