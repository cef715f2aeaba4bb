"""Article intake: turning a saved page or a text file into an Article, verbatim."""
