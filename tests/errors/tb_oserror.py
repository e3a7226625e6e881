import os
os.listdir("no/such/directory/here")
