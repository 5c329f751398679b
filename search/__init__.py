"""Comptoir's search: Oscar's ``search`` app label, rebuilt on modelsearch instead of django-haystack.

``search.services`` is the seam to the engine: the database backend by default,
Elasticsearch/OpenSearch when ELASTICSEARCH_URL / OPENSEARCH_URL is set.
"""
