int main() { return 0; }  // TEMPORARY placeholder
