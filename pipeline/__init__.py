"""newsner: news articles in, normalized tables of organisations, people, dates and
roles out.
"""

__version__ = "0.1.0"
