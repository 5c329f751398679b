"""The moderation pipeline: small rules, each producing a score and a reason code.

``pipeline.moderate(submission)`` runs every rule and turns the total into a decision
(publish / queue for staff / reject) using the REVIEWS_MODERATION_* thresholds.
"""
