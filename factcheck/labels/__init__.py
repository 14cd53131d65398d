"""Label events and what they add up to: final labels, agreement, import and export, statistics."""
