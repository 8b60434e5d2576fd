"""PLOVER event coding of Arabic news: triggers, participants, status, evaluation."""
