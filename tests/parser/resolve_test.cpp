// resolver tests: being written
