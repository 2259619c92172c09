"""Scheduling only: how a run's work is cut, placed, resumed and reported.

Owns `run()` (ingest -> shards -> map -> reduce -> tables + run.json), shards
and their content keys, the manifest of finished shards, the executors (in
process, local worker processes, a Dask cluster), the map job every executor
runs, the pipeline version that keys cached shards, and progress. It may import
every stage (ingest, nlp, extract, reduce) and the base modules; only
`evaluate` and `cli` may import it.
"""
