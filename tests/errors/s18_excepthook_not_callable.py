# A sys.excepthook that is not callable.
import sys
sys.excepthook = 5
raise ValueError("orig")
