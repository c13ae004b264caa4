"""The gold annotation set: building it from spec files and loading it with validation."""
