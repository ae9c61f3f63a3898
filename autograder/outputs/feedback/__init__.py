"""What students see of their grade: feedback text, pages and the tracebacks of their own cells."""
