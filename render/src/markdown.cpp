// markdown: being written
