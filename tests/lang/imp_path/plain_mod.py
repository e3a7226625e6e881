PLAIN = "plain module from sys.path"
