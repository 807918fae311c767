// grammar: being written
